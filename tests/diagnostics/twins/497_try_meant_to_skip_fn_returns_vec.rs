//! offending: p.trim().parse::<u16>()?
fn ports(setting: &str) -> Vec<u16> {
    let mut out = Vec::new();
    for p in setting.split(',') {
        out.push(p.trim().parse::<u16>()?);
    }
    out
}

fn main() {
    println!("{:?}", ports("80, 443, http"));
}
