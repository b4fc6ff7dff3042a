//! mistake: used `?` on a `ParseIntError` in a comprehension returned as `Result<_, String>`
//! offending: port.parse::<u16>()?
//! category: try

fn parse_endpoints(lines: &[&str]) -> Result<Vec<(String, u16)>, String> {
    let mut eps = Vec::new();
    for l in lines {
        let (host, port) = l.rsplit_once(':').ok_or(format!("missing port in {l:?}"))?;
        eps.push((host.to_string(), port.parse::<u16>()?));
    }
    Ok(eps)
}

fn main() {
    match parse_endpoints(&["redis01:6379", "redis02:63x9"]) {
        Ok(eps) => println!("{eps:?}"),
        Err(e) => eprintln!("upstreams.conf: {e}"),
    }
}
