//! mistake: used `?` to parse ports in a function that returns a plain `Vec`, not a `Result`
//! offending: ?
//! category: try
use comprehensions::comp;

fn scrape_ports(raw: &[&str]) -> Vec<u16> {
    comp![p.trim().parse::<u16>()? for p in raw]
}

fn main() {
    println!("{:?}", scrape_ports(&["9100", " 9090", "80"]));
}
