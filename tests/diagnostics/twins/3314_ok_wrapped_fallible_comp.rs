//! mistake: wrapped the already-`Result` comprehension in `Ok(..)`, forgetting that `?` inside made it a `Result`
//! offending: posts
//! category: try
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
    let posts = lines.iter().map(|l| parse_post(l)).collect::<Result<Vec<_>, _>>();
    Ok(posts)
}

fn main() {
    println!("{:?}", load_feed(&["1 | hello", "2 | world"]));
}
