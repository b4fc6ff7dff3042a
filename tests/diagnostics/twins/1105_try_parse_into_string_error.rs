//! mistake: `?` on a ParseIntError in a function returning Result<_, String> (Python's untyped exceptions)
//! offending: ?
//! category: try
fn parse_ports(line: &str) -> Result<Vec<u16>, String> {
    let mut out = Vec::new();
    for p in line.split(',') {
        if !p.is_empty() {
            out.push(p.trim().parse::<u16>()?);
        }
    }
    Ok(out)
}

fn main() {
    println!("{:?}", parse_ports("80, 443,8080"));
}
