//! mistake: wrote a set display `{..}` where the audience is declared a `Vec<u64>`
//! offending: comp!({*f for a in &authors for f in &a.followers})
//! category: type
use comprehensions::comp;

struct Author {
    followers: Vec<u64>,
}

fn main() {
    let authors = vec![Author { followers: vec![1, 2, 3] }, Author { followers: vec![3, 4] }];
    let audience: Vec<u64> = comp!({*f for a in &authors for f in &a.followers});
    println!("fan-out to {} users", audience.len());
}
