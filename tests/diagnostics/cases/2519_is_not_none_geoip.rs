//! mistake: tested the GeoIP lookup result with Python's `is not None`
//! offending: is not None
//! category: python-habit
use comprehensions::comp;

struct Connection {
    src_ip: String,
    country: Option<&'static str>,
}

fn main() {
    let conns = vec![
        Connection { src_ip: "185.220.101.4".into(), country: Some("DE") },
        Connection { src_ip: "10.0.0.8".into(), country: None },
    ];
    let located = comp![&c.src_ip for c in &conns if c.country is not None];
    println!("{located:?}");
}
