// rustc's help for a refutable `let` clause (`let .. else { todo!() }`),
// applied: a clause has no `else`; `if let` skips the items it does not match.
use comprehensions::comp;

fn main() {
    let fields = vec!["1", "x"];
    let _nums: Vec<i32> = comp![n for s in &fields let Ok(n) = s.parse::<i32>() else { todo!() }];
}
