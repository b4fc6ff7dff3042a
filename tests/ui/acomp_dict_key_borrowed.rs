// An async dict whose keys are borrowed, into an owned-key map: the error
// is on the key, with rustc's `.to_string()`, as by hand.
use std::collections::HashMap;

use comprehensions::acomp;

async fn status(url: &str) -> u16 {
    url.len() as u16
}

async fn codes(urls: Vec<String>) -> HashMap<String, u16> {
    let codes: HashMap<String, u16> = acomp!({url: status(url).await for url in &urls});
    codes
}

fn main() {
    let _ = codes(vec!["a.org".to_string()]);
}
