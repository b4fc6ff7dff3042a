//! mistake: `.ok()` expected to drop bad ports, but it makes Option<u16> elements (filter with `if let Ok(p) = ..`)
//! offending: p.trim().parse::<u16>().ok()
//! category: type
use comprehensions::comp;

fn main() {
    let raw = "80, 443, http, 8080";
    // Python: ports = [int(p) for p in raw.split(",") if p.strip().isdigit()]
    let ports: Vec<u16> = comp![p.trim().parse::<u16>().ok() for p in raw.split(',')];
    println!("{:?}", ports);
}
