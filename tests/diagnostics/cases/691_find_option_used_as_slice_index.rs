//! mistake: slices a header line at `h.find(':')`, an `Option<usize>`, as at Python's `h[:h.find(':')]`
//! offending: ..h.find(':')
//! category: python-habit
use comprehensions::comp;

fn main() {
    let headers = vec!["Host: example.org", "Accept: */*", "X-Trace: 1"];
    let names = comp![&h[..h.find(':')] for h in &headers];
    println!("{names:?}");
}
