//! mistake: wrapped the already-`Result` comprehension in `Ok(..)`, forgetting that `?` inside made it a `Result`
//! offending: posts
//! category: try
use comprehensions::comp;
use std::num::ParseIntError;

#[derive(Debug)]
struct Post {
    id: u64,
    body: String,
}

fn parse_post(line: &str) -> Result<Post, ParseIntError> {
    let (id, body) = line.split_once('|').unwrap_or((line, ""));
    Ok(Post { id: id.trim().parse()?, body: body.trim().to_string() })
}

fn load_feed(lines: &[&str]) -> Result<Vec<Post>, ParseIntError> {
    let posts = comp![parse_post(l)? for l in lines];
    Ok(posts)
}

fn main() {
    println!("{:?}", load_feed(&["1 | hello", "2 | world"]));
}
