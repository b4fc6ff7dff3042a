//! mistake: tested the GeoIP lookup result with Python's `is not None`
//! offending: is not None
//! category: python-habit
struct Connection {
    src_ip: String,
    country: Option<&'static str>,
}

fn main() {
    let conns = vec![
        Connection { src_ip: "185.220.101.4".into(), country: Some("DE") },
        Connection { src_ip: "10.0.0.8".into(), country: None },
    ];
    let mut located = Vec::new();
    for c in &conns {
        if c.country is not None {
            located.push(&c.src_ip);
        }
    }
    println!("{located:?}");
}
