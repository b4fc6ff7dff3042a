//! mistake: a `?` in a comprehension that is a `match` arm of a function returning `Vec<u16>`, as if the parse error would propagate like a Python exception
//! offending: ()?
//! category: try
use comprehensions::comp;

fn ports(spec: Option<&str>) -> Vec<u16> {
    match spec {
        Some(s) => comp![p.trim().parse::<u16>()? for p in s.split(',')],
        None => vec![8080],
    }
}

fn main() {
    println!("{:?}", ports(Some("80, 443")));
}
