//! mistake: indexing the sieve with a `u32` prime candidate instead of a `usize`
//! offending: sieve[p]
//! category: type
fn primes_below(n: u32) -> Vec<u32> {
    let limit = n as usize;
    let mut sieve = vec![true; limit];
    sieve[0] = false;
    sieve[1] = false;
    let mut i = 2;
    while i * i < limit {
        if sieve[i] {
            let mut j = i * i;
            while j < limit {
                sieve[j] = false;
                j += i;
            }
        }
        i += 1;
    }
    let mut primes = Vec::new();
    for p in 2..n {
        if sieve[p] {
            primes.push(p);
        }
    }
    primes
}

fn main() {
    println!("{:?}", primes_below(30));
}
