//! mistake: collected each URL's host as the `&str` that `split` returns into a `Vec<String>`
//! offending: u.split('/').nth(2).unwrap_or("")
//! category: type
use comprehensions::comp;

fn main() {
    let urls = vec![
        "https://api.github.com/repos".to_string(),
        "https://pypi.org/simple".to_string(),
    ];
    let hosts: Vec<String> = comp![u.split('/').nth(2).unwrap_or("") for u in &urls];
    println!("{hosts:?}");
}
