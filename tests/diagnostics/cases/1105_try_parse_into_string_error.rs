//! mistake: `?` on a ParseIntError in a function returning Result<_, String> (Python's untyped exceptions)
//! offending: ?
//! category: try
use comprehensions::comp;

fn parse_ports(line: &str) -> Result<Vec<u16>, String> {
    comp![p.trim().parse::<u16>()? for p in line.split(',') if !p.is_empty()]
}

fn main() {
    println!("{:?}", parse_ports("80, 443,8080"));
}
