//! mistake: handed the menu to the printer while the vegan list still borrows from it
//! offending: menu
//! category: ownership
struct Dish {
    name: String,
    vegan: bool,
}

fn send_to_printer(menu: Vec<Dish>) {
    println!("printing {} dishes", menu.len());
}

fn main() {
    let menu = vec![Dish { name: "dal".into(), vegan: true }, Dish { name: "butter chicken".into(), vegan: false }];
    let vegan: Vec<&String> = menu.iter().filter(|d| d.vegan).map(|d| &d.name).collect();
    send_to_printer(menu);
    println!("vegan: {vegan:?}");
}
