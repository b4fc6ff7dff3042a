//! mistake: mixed `ParseIntError` and a `RateLimited` error with `?` in one comprehension
//! offending: ?
//! category: try
use comprehensions::{comp};
use std::num::ParseIntError;

#[derive(Debug)]
struct RateLimited {
    user_id: u64,
}

fn check_rate(user_id: u64, sent_last_minute: u32) -> Result<u64, RateLimited> {
    if sent_last_minute > 30 { Err(RateLimited { user_id }) } else { Ok(user_id) }
}

fn admit(batch: &[(u64, &str)]) -> Result<Vec<u64>, RateLimited> {
    comp![check_rate(*uid, count.parse::<u32>()?)? for (uid, count) in batch]
}

fn main() {
    let _unused: Option<ParseIntError> = None;
    println!("{:?}", admit(&[(1, "3"), (2, "99")]));
}
