//! mistake: collected each URL's host as the `&str` that `split` returns into a `Vec<String>`
//! offending: u.split('/').nth(2).unwrap_or("")
//! category: type
fn main() {
    let urls = vec![
        "https://api.github.com/repos".to_string(),
        "https://pypi.org/simple".to_string(),
    ];
    let mut hosts: Vec<String> = Vec::new();
    for u in &urls {
        hosts.push(u.split('/').nth(2).unwrap_or(""));
    }
    println!("{hosts:?}");
}
