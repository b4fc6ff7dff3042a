//! mistake: slices a header line at `h.find(':')`, an `Option<usize>`, as at Python's `h[:h.find(':')]`
//! offending: ..h.find(':')
//! category: python-habit

fn main() {
    let headers = vec!["Host: example.org", "Accept: */*", "X-Trace: 1"];
    let mut names = Vec::new();
    for h in &headers {
        names.push(&h[..h.find(':')]);
    }
    println!("{names:?}");
}
