//! offending: collect::<Result<Vec<_>, _>>()
use std::error::Error;

fn parse_hosts(lines: &[&str]) -> Result<Vec<(String, u16)>, Box<dyn Error>> {
    let hosts = lines
        .iter()
        .map(|l| {
            let (h, p) = l.split_once(':').ok_or("missing port")?;
            Ok((h.to_string(), p.parse::<u16>()?))
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(hosts)
}

fn main() {
    println!("{:?}", parse_hosts(&["db:5432", "cache"]).is_err());
}
