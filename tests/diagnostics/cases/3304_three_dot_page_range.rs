//! mistake: wrote the page range as `1...pages` instead of `1..=pages`
//! offending: ...
//! category: syntax
use comprehensions::comp;

fn main() {
    let pages: u32 = 3;
    let user = "ana";
    let urls = comp![format!("/api/users/{user}/followers?page={n}") for n in 1...pages];
    println!("{urls:?}");
}
