//! mistake: ledger: nested loops both borrow `accounts` mutably (hand-written)
struct Account {
    id: u32,
    balance: i64,
}

fn main() {
    let mut accounts = vec![Account { id: 1, balance: 100 }, Account { id: 2, balance: 50 }];
    let mut moves = Vec::new();
    for a in accounts.iter_mut() {
        for b in accounts.iter_mut() {
            if a.id != b.id {
                a.balance -= 10;
                b.balance += 10;
                moves.push((a.id, b.id));
            }
        }
    }
    println!("{moves:?}");
}
