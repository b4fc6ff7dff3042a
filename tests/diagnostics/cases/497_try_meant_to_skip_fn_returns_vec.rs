//! mistake: `?` used to skip ports that do not parse, in a function returning a plain `Vec<u16>` (filter with `if let Ok(..)`)
//! offending: p.trim().parse::<u16>()?
//! category: try
use comprehensions::comp;

fn ports(setting: &str) -> Vec<u16> {
    comp![p.trim().parse::<u16>()? for p in setting.split(',')]
}

fn main() {
    println!("{:?}", ports("80, 443, http"));
}
