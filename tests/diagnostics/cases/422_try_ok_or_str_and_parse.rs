//! mistake: two error types in one comprehension: ok_or("..")? (&str) and parse()? (ParseIntError)
//! offending: p.parse::<u16>()?
//! category: try
use comprehensions::comp;
use std::error::Error;

// Python: [(h, int(p)) for h, p in (l.split(":", 1) for l in lines)]
fn parse_hosts(lines: &[&str]) -> Result<Vec<(String, u16)>, Box<dyn Error>> {
    let hosts = comp![(h.to_string(), p.parse::<u16>()?) for l in lines let (h, p) = l.split_once(':').ok_or("missing port")?]?;
    Ok(hosts)
}

fn main() {
    println!("{:?}", parse_hosts(&["db:5432", "cache"]).is_err());
}
