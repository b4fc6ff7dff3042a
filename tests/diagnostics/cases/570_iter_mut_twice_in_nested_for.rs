//! mistake: ledger: both nested `for`s borrow `accounts` mutably (`accounts.iter_mut()` twice) to move money between every pair
//! offending: accounts.iter_mut()
//! category: ownership
use comprehensions::comp;

struct Account {
    id: u32,
    balance: i64,
}

fn main() {
    let mut accounts = vec![Account { id: 1, balance: 100 }, Account { id: 2, balance: 50 }];
    // Python: [(a.id, b.id) for a in accounts for b in accounts if a.id != b.id] with the balances updated
    let moves = comp![{ a.balance -= 10; b.balance += 10; (a.id, b.id) }
        for a in accounts.iter_mut() for b in accounts.iter_mut() if a.id != b.id];
    println!("{moves:?}");
}
