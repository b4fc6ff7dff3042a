//! mistake: wrapped a comprehension that already returns `Result` in `Ok(..)`
//! offending: Ok(comp![p.trim().parse::<u16>()? for p in spec.split(',')])
//! category: try
use comprehensions::comp;
use std::num::ParseIntError;

fn parse_ports(spec: &str) -> Result<Vec<u16>, ParseIntError> {
    Ok(comp![p.trim().parse::<u16>()? for p in spec.split(',')])
}

fn main() {
    match parse_ports("22, 80, 443, 70000") {
        Ok(ports) => println!("allow {ports:?}"),
        Err(e) => eprintln!("bad port list: {e}"),
    }
}
