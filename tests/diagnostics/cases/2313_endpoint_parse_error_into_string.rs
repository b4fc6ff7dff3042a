//! mistake: used `?` on a `ParseIntError` in a comprehension returned as `Result<_, String>`
//! offending: port.parse::<u16>()?
//! category: try
use comprehensions::comp;

fn parse_endpoints(lines: &[&str]) -> Result<Vec<(String, u16)>, String> {
    comp![
        (host.to_string(), port.parse::<u16>()?)
        for l in lines
        let (host, port) = l.rsplit_once(':').ok_or(format!("missing port in {l:?}"))?
    ]
}

fn main() {
    match parse_endpoints(&["redis01:6379", "redis02:63x9"]) {
        Ok(eps) => println!("{eps:?}"),
        Err(e) => eprintln!("upstreams.conf: {e}"),
    }
}
