//! mistake: wrapped a comprehension that already returns `Result` in `Ok(..)`
//! offending: Ok(spec.split(',').map(|p| p.trim().parse::<u16>()).collect::<Result<Vec<_>, _>>())
//! category: try
use std::num::ParseIntError;

fn parse_ports(spec: &str) -> Result<Vec<u16>, ParseIntError> {
    Ok(spec.split(',').map(|p| p.trim().parse::<u16>()).collect::<Result<Vec<_>, _>>())
}

fn main() {
    match parse_ports("22, 80, 443, 70000") {
        Ok(ports) => println!("allow {ports:?}"),
        Err(e) => eprintln!("bad port list: {e}"),
    }
}
