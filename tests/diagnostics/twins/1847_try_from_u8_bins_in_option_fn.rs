//! mistake: a `Result`'s `?` (`u8::try_from`) in a function returning `Option` when bucketing values into bins
//! offending: u8::try_from(x / width)?
//! category: try
fn bins(xs: &[i64], width: i64) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    for x in xs {
        out.push(u8::try_from(x / width)?);
    }
    Some(out)
}

fn main() {
    println!("{:?}", bins(&[5, 17, 230], 10));
}
