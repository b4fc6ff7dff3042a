//! mistake: used `?` on both a `ParseIntError` and the feed's own error type in one fallible comprehension
//! offending: home.parse::<u8>()?
//! category: try
use comprehensions::comp;

#[derive(Debug)]
struct FeedError(String);

fn team_code(raw: &str) -> Result<String, FeedError> {
    if raw.len() == 3 { Ok(raw.to_uppercase()) } else { Err(FeedError(format!("bad team {raw}"))) }
}

fn parse_results(lines: &[&str]) -> Result<Vec<(String, u8)>, FeedError> {
    comp![(team_code(team)?, home.parse::<u8>()?) for line in lines let (team, home) = line.split_once(',').unwrap_or((line, ""))]
}

fn main() {
    println!("{:?}", parse_results(&["ars,2", "che,1"]));
}
