//! mistake: Python's divmod(s, 60) builtin to split seconds into minutes and seconds (Rust: (s / 60, s % 60))
//! offending: divmod
//! category: python-habit
use comprehensions::comp;

fn main() {
    let durations: Vec<u64> = vec![59, 61, 3600, 125];
    // Python: mm_ss = [divmod(s, 60) for s in durations]
    let mm_ss: Vec<(u64, u64)> = comp![divmod(*s, 60) for s in &durations];
    for (m, s) in mm_ss {
        println!("{m:02}:{s:02}");
    }
}
