//! mistake: `p.parse::<u16>()?` (a `Result`) in a comprehension returned from a function declared `-> Option<Vec<u16>>`
//! offending: p.parse::<u16>()?
//! category: try
use comprehensions::comp;

fn ports(spec: &str) -> Option<Vec<u16>> {
    // Python: return [int(p) for p in spec.split(",")]  (None on failure, by the caller's except)
    comp![p.parse::<u16>()? for p in spec.split(',')]
}

fn main() {
    println!("{:?}", ports("80,443"));
}
