//! mistake: used `?` to parse ports in a function that returns a plain `Vec`, not a `Result`
//! offending: ?
//! category: try

fn scrape_ports(raw: &[&str]) -> Vec<u16> {
    let mut out = Vec::new();
    for p in raw {
        out.push(p.trim().parse::<u16>()?);
    }
    out
}

fn main() {
    println!("{:?}", scrape_ports(&["9100", " 9090", "80"]));
}
