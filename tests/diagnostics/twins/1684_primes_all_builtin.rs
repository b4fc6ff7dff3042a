//! mistake: Python's builtin `all(...)` over a generator in a trial-division prime filter
//! offending: all
//! category: python-habit
fn main() {
    let primes: Vec<u32> = (2..50u32).filter(|&p| all((2..p).map(|d| p % d != 0))).collect();
    println!("{primes:?}");
}
