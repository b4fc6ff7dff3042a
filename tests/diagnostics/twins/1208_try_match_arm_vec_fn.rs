//! mistake: a `?` in a loop in a `match` arm of a function returning `Vec<u16>`
//! offending: ()?
//! category: try

fn ports(spec: Option<&str>) -> Vec<u16> {
    match spec {
        Some(s) => {
            let mut out = Vec::new();
            for p in s.split(',') {
                out.push(p.trim().parse::<u16>()?);
            }
            out
        }
        None => vec![8080],
    }
}

fn main() {
    println!("{:?}", ports(Some("80, 443")));
}
