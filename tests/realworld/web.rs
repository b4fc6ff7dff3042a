//! Web plumbing translated from urllib.parse, http.cookies, html, email,
//! requests (headers, links), Flask's url_map and Django querysets/forms, over
//! structs, `Option` chains, `&HashMap` and owned `String`s. 43 comprehensions
//! here; 3 more that fail today are in failing/web.rs.

use std::collections::{BTreeMap, HashMap, HashSet};

use comprehensions::comp;

fn hm<K: std::hash::Hash + Eq, V>(v: impl IntoIterator<Item = (K, V)>) -> HashMap<K, V> {
    v.into_iter().collect()
}

#[derive(Debug, Clone, PartialEq)]
struct SplitResult {
    scheme: String,
    hostname: String,
    port: Option<u16>,
    path: String,
}

/// A minimal urllib.parse.urlsplit.
fn urlsplit(url: &str) -> Option<SplitResult> {
    let (scheme, rest) = url.split_once("://")?;
    let (netloc, path) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, ""),
    };
    let path = path.split('?').next()?;
    let (hostname, port) = match netloc.split_once(':') {
        Some((h, p)) => (h, Some(p.parse().ok()?)),
        None => (netloc, None),
    };
    Some(SplitResult {
        scheme: scheme.into(),
        hostname: hostname.into(),
        port,
        path: path.into(),
    })
}

fn urls() -> Vec<String> {
    [
        "https://example.com/a",
        "http://foo.org:8080/b?x=1",
        "ftp://bar.net/c",
        "https://example.com/d",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

fn quote(s: &str) -> String {
    comp![(c as char).to_string() if c.is_ascii_alphanumeric() || b"/_.-~".contains(&c) else format!("%{c:02X}") for c in s.bytes()].concat()
}

// urllib.parse.parse_qsl: [tuple(x.split('=', 1)) for x in qs.split('&') if '=' in x]
#[test]
fn urllib_parse_qsl() {
    let qs = "a=1&b=2&a=3&empty=&flag";
    let pairs = comp![(k, v) for x in qs.split('&') if let Some((k, v)) = x.split_once('=')];
    assert_eq!(
        pairs,
        vec![("a", "1"), ("b", "2"), ("a", "3"), ("empty", "")]
    );
    // dict(parse_qsl(qs, keep_blank_values=True)) -- last wins
    let last =
        comp!({k: v for x in qs.split('&') let (k, v) = x.split_once('=').unwrap_or((x, ""))});
    assert_eq!(
        last,
        hm([("a", "3"), ("b", "2"), ("empty", ""), ("flag", "")])
    );
}

// urllib.parse.parse_qs: {k: [v2 for k2, v2 in pairs if k2 == k] for k, _ in pairs}
#[test]
fn urllib_parse_qs_lists() {
    let pairs = vec![("a", "1"), ("b", "2"), ("a", "3")];
    let qs = comp!({k: [v2 for (k2, v2) in &pairs if k2 == k] for (k, _) in &pairs});
    assert_eq!(qs, hm([(&"a", vec![&"1", &"3"]), (&"b", vec![&"2"])]));
}

// urllib.parse.urlencode: '&'.join(f"{k}={v}" for k, v in query)
#[test]
fn urllib_urlencode() {
    let query: Vec<(&str, String)> = vec![("q", "rust".into()), ("page", 2.to_string())];
    let s = comp![format!("{k}={v}") for (k, v) in &query].join("&");
    assert_eq!(s, "q=rust&page=2");
}

// [quote(s) for s in strings]; [s.replace('+', ' ') for s in strings]
#[test]
fn urllib_quote_unquote_plus() {
    assert_eq!(
        comp![quote(s) for s in ["a b", "c/d", "é"]],
        vec!["a%20b", "c/d", "%C3%A9"]
    );
    assert_eq!(
        comp![s.replace('+', " ") for s in ["a+b", "c"]],
        vec!["a b", "c"]
    );
}

// sorted({urlsplit(u).hostname for u in urls})
#[test]
fn urlsplit_hostnames() {
    let urls = urls();
    let hosts = comp!({urlsplit(u).unwrap().hostname for u in &urls});
    let expected: HashSet<String> = ["bar.net", "example.com", "foo.org"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert_eq!(hosts, expected);
    // all-or-nothing with ? on Option
    let hosts2 = comp!({urlsplit(u)?.hostname for u in &urls});
    assert_eq!(hosts2, Some(expected));
}

// [u for u in urls if urlsplit(u).scheme == 'https']; [urlsplit(u).path for u in urls]
#[test]
fn urlsplit_scheme_and_path() {
    let urls = urls();
    assert_eq!(
        comp![u.as_str() for u in &urls if urlsplit(u).is_some_and(|s| s.scheme == "https")],
        vec!["https://example.com/a", "https://example.com/d"]
    );
    assert_eq!(
        comp![urlsplit(&u).unwrap().path for u in urls],
        vec!["/a", "/b", "/c", "/d"]
    );
}

// {urlsplit(u).hostname: u for u in urls}  -- last wins
#[test]
fn urlsplit_by_host_last_wins() {
    let by_host = comp!({s.hostname: u for u in urls() if let Some(s) = urlsplit(&u)});
    assert_eq!(by_host.len(), 3);
    assert_eq!(by_host["example.com"], "https://example.com/d");
}

// [urlsplit(u).port if urlsplit(u).port else 443 for u in urls[:2]], with a walrus: [p if (p := urlsplit(u).port) else 443 for u in urls[:2]]
#[test]
#[allow(clippy::unnecessary_unwrap)]
fn urlsplit_default_port_walrus() {
    let urls = urls();
    let ports = comp![p.unwrap() if (p := urlsplit(u).unwrap().port).is_some() else 443 for u in &urls[..2]];
    assert_eq!(ports, vec![443, 8080]);
}

// requests.structures.CaseInsensitiveDict: {k.lower(): v for k, v in headers.items()}
#[test]
fn requests_lower_headers() {
    let headers: HashMap<String, String> = hm([
        ("Content-Type".to_string(), "text/html".to_string()),
        ("X-Req-Id".to_string(), "7".to_string()),
        ("content-length".to_string(), "12".to_string()),
    ]);
    let lower = comp!({k.to_lowercase(): v.as_str() for (k, v) in &headers});
    assert_eq!(
        lower,
        hm([
            ("content-type".to_string(), "text/html"),
            ("x-req-id".to_string(), "7"),
            ("content-length".to_string(), "12")
        ])
    );
    // [k for k in headers if k.lower().startswith('x-')]
    assert_eq!(
        comp![k for k in headers.keys() if k.to_lowercase().starts_with("x-")],
        vec!["X-Req-Id"]
    );
}

// requests.utils.parse_header_links
#[test]
fn requests_parse_header_links() {
    let link = r#"<https://api/x?page=2>; rel="next", <https://api/x?page=5>; rel="last""#;
    let links = comp!({rel.trim_matches('"'): url.trim().trim_matches(['<', '>'])
        for part in link.split(',')
        let (url, params) = part.split_once(';').unwrap()
        let rel = params.trim().split_once('=').unwrap().1});
    assert_eq!(
        links,
        hm([
            ("next", "https://api/x?page=2"),
            ("last", "https://api/x?page=5")
        ])
    );
}

// requests.utils.parse_dict_header: {k.strip(): v.strip('"') for item in s.split(',') for k, v in [item.split('=', 1)]}
#[test]
fn requests_parse_dict_header() {
    let s = r#"a="1", b=2"#.to_string();
    let d = comp!({k.trim(): v.trim_matches('"') for item in s.split(',') if let Some((k, v)) = item.split_once('=')});
    assert_eq!(d, hm([("a", "1"), ("b", "2")]));
}

// http.cookies: {k: v for k, v in (c.split('=') for c in raw.split('; '))}
#[test]
fn http_cookies_parse() {
    let raw = String::from("sid=abc; theme=dark; lang=en");
    let jar =
        comp!({k: v for (k, v) in comp!((c.split_once('=').unwrap() for c in raw.split("; ")))});
    assert_eq!(jar, hm([("sid", "abc"), ("theme", "dark"), ("lang", "en")]));
}

struct Rule {
    rule: &'static str,
    endpoint: &'static str,
    methods: Vec<&'static str>,
}

fn url_map() -> Vec<Rule> {
    vec![
        Rule {
            rule: "/",
            endpoint: "index",
            methods: vec!["GET"],
        },
        Rule {
            rule: "/login",
            endpoint: "login",
            methods: vec!["GET", "POST"],
        },
        Rule {
            rule: "/api/<id>",
            endpoint: "api",
            methods: vec!["GET", "DELETE"],
        },
    ]
}

// Flask: [r.endpoint for r in app.url_map.iter_rules()]; [r.rule for r in rules if "POST" in r.methods]
#[test]
fn flask_url_map_rules() {
    let rules = url_map();
    assert_eq!(
        comp![r.endpoint for r in &rules],
        vec!["index", "login", "api"]
    );
    assert_eq!(
        comp![r.rule for r in &rules if r.methods.contains(&"POST")],
        vec!["/login"]
    );
    // sorted({m for r in rules for m in r.methods})
    let methods = comp!({*m for r in &rules for m in &r.methods});
    assert_eq!(methods, HashSet::from(["GET", "POST", "DELETE"]));
}

// [(r.rule, m) for r in rules for m in r.methods if m != "GET"]
#[test]
fn flask_non_get_routes() {
    let rules = url_map();
    let pairs = comp![(r.rule, m) for r in &rules for m in &r.methods if *m != "GET"];
    assert_eq!(pairs, vec![("/login", &"POST"), ("/api/<id>", &"DELETE")]);
    // owned rules, methods moved out
    let owned = comp![(r.rule, m) for r in url_map() for m in r.methods if m != "GET"];
    assert_eq!(owned, vec![("/login", "POST"), ("/api/<id>", "DELETE")]);
}

// url_for table: {r.endpoint: r.rule for r in rules}
#[test]
fn flask_url_for_table() {
    assert_eq!(
        comp!({r.endpoint: r.rule for r in url_map()}),
        hm([("index", "/"), ("login", "/login"), ("api", "/api/<id>")])
    );
}

#[derive(Clone)]
struct User {
    username: String,
    is_staff: bool,
    email: String,
}

fn users() -> Vec<User> {
    let u = |n: &str, s, e: &str| User {
        username: n.into(),
        is_staff: s,
        email: e.into(),
    };
    vec![
        u("ann", true, "ANN@X.ORG"),
        u("bob", false, ""),
        u("cy", true, "cy@y.com"),
    ]
}

// Django: User.objects.filter(is_staff=True).values_list('username', flat=True)
#[test]
fn django_values_list_flat() {
    let users = users();
    assert_eq!(
        comp![u.username.as_str() for u in &users if u.is_staff],
        vec!["ann", "cy"]
    );
    // [u.email.lower() for u in users if u.email]
    assert_eq!(
        comp![u.email.to_lowercase() for u in &users if !u.email.is_empty()],
        vec!["ann@x.org", "cy@y.com"]
    );
}

// Django model choices: [(c, c.title()) for c in ["draft", "published"]]
#[test]
fn django_choices() {
    let choices =
        comp![(c, format!("{}{}", c[..1].to_uppercase(), &c[1..])) for c in ["draft", "published"]];
    assert_eq!(
        choices,
        vec![
            ("draft", "Draft".to_string()),
            ("published", "Published".to_string())
        ]
    );
}

// Django in_bulk: {u.username: u for u in users}
#[test]
fn django_in_bulk() {
    let bulk = comp!({u.username.clone(): u for u in users()});
    assert_eq!(bulk.len(), 3);
    assert!(bulk["ann"].is_staff);
}

// Django Form.errors: {f: [f"{f} is required"] for f, v in data if not v}
#[test]
fn django_form_required_errors() {
    let data = vec![("name", ""), ("age", "3"), ("bio", "")];
    let errors = comp!({f: vec![format!("{f} is required")] for (f, v) in data if v.is_empty()});
    assert_eq!(
        errors,
        hm([
            ("name", vec!["name is required".to_string()]),
            ("bio", vec!["bio is required".to_string()])
        ])
    );
}

// html.escape: [html.escape(s) for s in strings]
#[test]
fn html_escape() {
    let esc = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    assert_eq!(
        comp![esc(s) for s in ["<a>", "x&y"]],
        vec!["&lt;a&gt;", "x&amp;y"]
    );
}

// ' '.join(f'{k}="{v}"' for k, v in attrs); ''.join(f"<td>{c}</td>" for c in row)
#[test]
fn html_render_attrs_and_cells() {
    let attrs = BTreeMap::from([("class", "btn"), ("href", "/")]);
    assert_eq!(
        comp![format!("{k}=\"{v}\"") for (k, v) in &attrs].join(" "),
        r#"class="btn" href="/""#
    );
    let row = vec![1, 2];
    let cells: String = comp!((format!("<td>{c}</td>") for c in &row)).collect();
    assert_eq!(cells, "<td>1</td><td>2</td>");
}

// email: [k for k in msg.keys()]; [a.strip() for a in msg["To"].split(',')]
#[test]
fn email_message_headers() {
    let raw = "From: a@x\nTo: b@y, c@z\nSubject: hi\n\nbody";
    let head = raw.split("\n\n").next().unwrap();
    assert_eq!(
        comp![l.split_once(':').unwrap().0 for l in head.lines()],
        vec!["From", "To", "Subject"]
    );
    let headers =
        comp!({k: v.trim() for l in head.lines() if let Some((k, v)) = l.split_once(':')});
    assert_eq!(
        comp![a.trim() for a in headers["To"].split(',')],
        vec!["b@y", "c@z"]
    );
}

// same without chained comparisons
#[test]
fn http_status_classes() {
    let statuses = vec![200, 301, 404, 204];
    let out = comp!["ok" if (200..300).contains(s) else "redirect" if (300..400).contains(s) else "error" for s in &statuses];
    assert_eq!(out, vec!["ok", "redirect", "error", "ok"]);
}

// mimetypes table with a duplicate key: {ext: mt for ext, mt in pairs}
#[test]
fn mimetypes_last_wins() {
    let pairs = vec![
        ("html", "text/html"),
        ("js", "text/javascript"),
        ("html", "text/html; charset=utf-8"),
    ];
    assert_eq!(
        comp!({ext: mt for ext, mt in pairs}),
        hm([
            ("html", "text/html; charset=utf-8"),
            ("js", "text/javascript")
        ])
    );
}

// sum(len(c) for c in chunks)  (requests iter_content)
#[test]
fn requests_content_length() {
    let chunks: Vec<Vec<u8>> = vec![b"abc".to_vec(), b"de".to_vec()];
    let n: usize = comp!((c.len() for c in &chunks)).sum();
    assert_eq!(n, 5);
    // b"".join(chunks) via a flattened comprehension
    assert_eq!(comp![b for c in chunks for b in c], b"abcde".to_vec());
}

// [t.split('/')[0] for t in ua.split()]
#[test]
fn user_agent_products() {
    let ua = "Mozilla/5.0 Gecko/2010 Firefox/120".to_string();
    assert_eq!(
        comp![t.split('/').next().unwrap() for t in ua.split(' ')],
        vec!["Mozilla", "Gecko", "Firefox"]
    );
}

// requests Session.merge_environment_settings: {k: v for k, v in env.items() if v is not None}
#[test]
fn requests_drop_none_settings() {
    let settings: Vec<(&str, Option<&str>)> =
        vec![("proxies", None), ("verify", Some("true")), ("cert", None)];
    assert_eq!(
        comp!({k: v for (k, v) in settings if let Some(v) = v}),
        hm([("verify", "true")])
    );
}

// aiohttp.web routes as a generic table: {name: handler for name, handler in routes}
fn route_table<H: Clone>(routes: &[(&'static str, H)]) -> HashMap<&'static str, H> {
    comp!({*name: handler.clone() for (name, handler) in routes})
}

#[test]
fn generic_route_table() {
    let t = route_table(&[("a", 1), ("b", 2)]);
    assert_eq!(t, hm([("a", 1), ("b", 2)]));
    let f: fn() -> u8 = || 7;
    assert_eq!(route_table(&[("x", f)])["x"](), 7);
}

/// The comprehensions of this theme that failed before the fixes of issue 9.
#[path = "found/web.rs"]
mod found;
