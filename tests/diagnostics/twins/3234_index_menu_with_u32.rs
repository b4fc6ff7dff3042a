//! mistake: indexed the menu `Vec` with a `u32` dish index from the ticket
//! offending: t.dish_idx
//! category: type
struct Dish {
    name: &'static str,
    station: &'static str,
}

struct Ticket {
    table: u8,
    dish_idx: u32,
}

fn main() {
    let menu = vec![Dish { name: "risotto", station: "stove" }, Dish { name: "bruschetta", station: "cold" }];
    let tickets = vec![Ticket { table: 3, dish_idx: 1 }, Ticket { table: 5, dish_idx: 0 }];
    let routing: Vec<(u8, &str)> = tickets.iter().map(|t| (t.table, menu[t.dish_idx].station)).collect();
    println!("{routing:?}");
}
