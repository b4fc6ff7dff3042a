//! mistake: a `Result`'s `?` (`u8::try_from`) in a function returning `Option` when bucketing values into bins
//! offending: u8::try_from(x / width)?
//! category: try
use comprehensions::comp;

fn bins(xs: &[i64], width: i64) -> Option<Vec<u8>> {
    comp![u8::try_from(x / width)? for x in xs]
}

fn main() {
    println!("{:?}", bins(&[5, 17, 230], 10));
}
