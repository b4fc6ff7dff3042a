// `0...n`, Rust's old range syntax (and a C habit): said as rustc says it by
// hand, with both of today's ranges, not syn's bare "expected `..=`".
use comprehensions::comp;

fn main() {
    let n_codons = 4;
    let starts: Vec<usize> = comp![3 * i for i in 0...n_codons];
    let _ = starts;
}
