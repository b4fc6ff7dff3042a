//! mistake: `comp![..?]?` in a `fn main()` that returns `()`
//! offending: comp![s.parse::<u16>()? for s in raw]?
//! category: try
use comprehensions::comp;

fn main() {
    let raw = vec!["80", "443"];
    // Python: ports = [int(s) for s in raw]   (raises on bad input)
    let ports = comp![s.parse::<u16>()? for s in raw]?;
    println!("{ports:?}");
}
