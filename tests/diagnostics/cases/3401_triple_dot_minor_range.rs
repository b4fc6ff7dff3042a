//! mistake: wrote an inclusive range of minor versions as `0...latest_minor`
//! offending: ...
//! category: syntax
use comprehensions::comp;

fn main() {
    let latest_minor: u32 = 4;
    let tags: Vec<String> = comp![format!("v1.{minor}.0") for minor in 0...latest_minor];
    println!("{tags:?}");
}
