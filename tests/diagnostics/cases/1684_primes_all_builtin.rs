//! mistake: Python's builtin `all(...)` over a generator in a trial-division prime filter
//! offending: all
//! category: python-habit
use comprehensions::comp;

fn main() {
    let primes = comp![p for p in 2..50u32 if all(p % d != 0 for d in 2..p)];
    println!("{primes:?}");
}
