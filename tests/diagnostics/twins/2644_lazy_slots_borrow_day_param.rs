//! mistake: returned a lazy comprehension that borrows the `day` parameter, without `move`
//! offending: day
//! category: ownership
fn slots_for(day: u8, hours: Vec<u8>) -> impl Iterator<Item = (u8, u8)> {
    hours.into_iter().filter(|h| *h != 12).map(|h| (day, h))
}

fn main() {
    let monday: Vec<(u8, u8)> = slots_for(1, (9..17).collect()).collect();
    println!("{monday:?}");
}
