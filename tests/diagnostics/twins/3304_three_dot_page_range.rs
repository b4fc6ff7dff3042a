//! mistake: wrote the page range as `1...pages` instead of `1..=pages`
//! offending: ...
//! category: syntax
fn main() {
    let pages: u32 = 3;
    let user = "ana";
    let mut urls = Vec::new();
    for n in 1...pages {
        urls.push(format!("/api/users/{user}/followers?page={n}"));
    }
    println!("{urls:?}");
}
