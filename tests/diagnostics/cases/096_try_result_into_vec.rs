//! mistake: annotating a comprehension that uses `?` as a plain `Vec` inside `main` (which returns `()`)
//! offending: p.parse::<u16>()?
//! category: try
use comprehensions::comp;

fn main() {
    let parts = "8080,8081,x".split(',');
    let ports: Vec<u16> = comp![p.parse::<u16>()? for p in parts];
    println!("{ports:?}");
}
