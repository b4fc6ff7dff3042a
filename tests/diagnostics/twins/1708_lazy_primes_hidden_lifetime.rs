//! mistake: a `&self` method returns a lazy iterator over `self.is_prime` without `+ '_` in its return type
//! offending: impl Iterator<Item = usize>
//! category: ownership
struct Sieve {
    is_prime: Vec<bool>,
}

impl Sieve {
    fn primes(&self) -> impl Iterator<Item = usize> {
        (0..self.is_prime.len()).filter(|&i| self.is_prime[i])
    }
}

fn main() {
    let s = Sieve { is_prime: vec![false, false, true, true, false, true] };
    println!("{:?}", s.primes().collect::<Vec<_>>());
}
