# Varnish 7 (Debian 12's varnish package) in front of the incident map: it
# keeps what the app says may be kept, for as long as it says, and nothing
# else. The app states every answer's policy (Cache-Control, ETag, Vary); this
# file adds only what a cache in front must do for it:
#
# - gzip the API's answers: Next 16.4 compresses pages but not route handlers
#   (vercel/next.js#98007);
# - serve stale copies while one request revalidates (stale-while-revalidate),
#   and revalidate with the app's ETags (a 304 costs the app almost nothing);
# - one cached copy for a query however its parameters are ordered;
# - a JSON body for the API's 431 (a request line and headers over Node's
#   limit, refused by Node before the app with an empty body).
#
# Run:   varnishd -a :80 -f /path/to/default.vcl -s malloc,256m
# The backend below is the app (`npm start`, or the standalone server).
vcl 4.1;

import std;

backend app {
    .host = "127.0.0.1";
    .port = "3000";
    .probe = {
        .url = "/api/health";
        .interval = 5s;
        .timeout = 2s;
        .window = 5;
        .threshold = 3;
    }
}

sub vcl_recv {
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # The app sets no cookies and reads none: a cookie of another site on the
    # same domain must not make every answer uncacheable.
    unset req.http.Cookie;
    if (req.http.Authorization || req.url ~ "^/api/health") {
        return (pass);
    }
    set req.url = std.querysort(req.url);
}

sub vcl_backend_response {
    # Grace: serve a stale copy for as long as the app allows while one
    # request fetches the new one; keep: revalidate with If-None-Match after.
    if (beresp.http.Cache-Control ~ "stale-while-revalidate=[0-9]+") {
        set beresp.grace = std.duration(regsub(beresp.http.Cache-Control, ".*stale-while-revalidate=([0-9]+).*", "\1s"), 0s);
    }
    set beresp.keep = 1h;
    if (!beresp.http.Content-Encoding && beresp.http.Content-Type ~ "^(application/(geo\+)?json|text/csv|application/atom\+xml|application/xml|text/plain|application/javascript)") {
        set beresp.do_gzip = true;
    }
    if (beresp.status == 431 && bereq.url ~ "^/api(/|\?|$)") {
        return (error(431, "Request Header Fields Too Large"));
    }
}

sub vcl_backend_error {
    if (beresp.status == 431) {
        set beresp.http.Content-Type = "application/json; charset=utf-8";
        set beresp.http.Access-Control-Allow-Origin = "*";
        set beresp.http.Cache-Control = "no-store";
        synthetic({"{"error": "the request line and headers are longer than the server accepts (16 KiB)", "parameter": "query" }"});
        return (deliver);
    }
}

sub vcl_deliver {
    # Which answers the cache gave (a benchmark counts them; harmless to readers).
    if (obj.hits > 0) {
        set resp.http.X-Cache = "hit";
    } else {
        set resp.http.X-Cache = "miss";
    }
}
