// A comprehension with `?` is a `Result`: returned where another error type
// is expected, its error type is the expected one, and the `?` of another
// is `SameError`'s error on that `?`; bound to a `Vec` (a `?` meant to
// skip), `ExpectedAs`'s error on the `?`. Never a mismatch on the call.
use std::num::ParseIntError;

use comprehensions::{acomp, comp};

#[derive(Debug)]
struct ConfigError(ParseIntError);

impl From<ParseIntError> for ConfigError {
    fn from(e: ParseIntError) -> Self {
        ConfigError(e)
    }
}

fn limits(fields: &[&str]) -> Result<Vec<u32>, ConfigError> {
    comp![s.parse::<u32>()? for s in fields]
}

async fn fetch(url: &str) -> Result<String, String> {
    Ok(format!("<{url}>"))
}

async fn pages(urls: &[&str]) -> Result<Vec<String>, ConfigError> {
    acomp![fetch(u).await? for u in urls]
}

async fn all(urls: &[&str]) {
    let pages: Vec<String> = acomp![fetch(u).await? for u in urls];
    println!("{pages:?}");
}

fn main() {
    let _ = limits(&["1"]);
    let _ = pages(&[]);
    let _ = all(&[]);
}
