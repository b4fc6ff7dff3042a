//! mistake: `p.parse::<u16>()?` (a `Result`) in a function declared `-> Option<Vec<u16>>` (hand-written)
fn ports(spec: &str) -> Option<Vec<u16>> {
    let mut out = Vec::new();
    for p in spec.split(',') {
        out.push(p.parse::<u16>()?);
    }
    Some(out)
}

fn main() {
    println!("{:?}", ports("80,443"));
}
