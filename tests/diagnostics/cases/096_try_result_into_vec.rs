//! mistake: annotating a comprehension that uses `?` as a plain `Vec` inside `main` (which returns `()`)
//! offending: comp![p.parse::<u16>()? for p in parts]
//! (a comprehension with `?` is a `Result`: the fix is at the call, `?` or `.expect(..)` after it, or the annotation)
//! category: try
use comprehensions::comp;

fn main() {
    let parts = "8080,8081,x".split(',');
    let ports: Vec<u16> = comp![p.parse::<u16>()? for p in parts];
    println!("{ports:?}");
}
