// Name pools for communities from the Americas, most common first (see
// pickSkewed). Common names only, combined at random: any resemblance of a
// generated person to a real one is chance.

export interface NamePool {
  female: readonly string[];
  male: readonly string[];
  surnames: readonly string[];
  /** Compound surnames with particles ("de la Cruz"), used now and then. */
  particleSurnames?: readonly string[];
}

const list = (s: string): readonly string[] => s.split(',').map((x) => x.trim());

export const mexicanNames: NamePool = {
  female: list(
    'María,Guadalupe,Juana,Margarita,Verónica,Rosa,Leticia,Alejandra,Araceli,Gabriela,Yesenia,Maribel,Adriana,' +
      'María Guadalupe,Sofía,Ximena,Patricia,Elizabeth,Claudia,Silvia,Norma,Martha,Brenda,Karina,Itzel,Fernanda',
  ),
  male: list(
    'José,Juan,Luis,Carlos,Jesús,Miguel Ángel,Francisco,Alejandro,Jorge,Pedro,Ricardo,Manuel,Javier,Fernando,' +
      'Raúl,Sergio,José Luis,Juan Carlos,Arturo,Roberto,Eduardo,Daniel,Héctor,Martín,Rigoberto,Efraín,Ángel',
  ),
  surnames: list(
    'Hernández,García,Martínez,López,González,Rodríguez,Pérez,Sánchez,Ramírez,Cruz,Flores,Gómez,Morales,Vázquez,' +
      'Reyes,Jiménez,Torres,Díaz,Gutiérrez,Ruiz,Mendoza,Aguilar,Ortiz,Moreno,Castillo,Romero,Álvarez,Méndez,Chávez,' +
      'Rivera,Juárez,Ramos,Domínguez,Herrera,Medina,Castro,Vargas,Guzmán,Velázquez,Muñoz,Rojas,Contreras,Salazar,' +
      'Luna,Ortega,Santiago,Guerrero,Bautista,Estrada,Cortés,Núñez,Ávila,Ibarra,Valdez,Zúñiga,Peña,Cervantes,Ochoa',
  ),
  particleSurnames: list('de la Cruz,De León,de la Rosa,del Ángel,de la Torre,De Jesús,del Toro,de la Fuente'),
};

export const centralAmericanNames: NamePool = {
  female: list(
    'María,Ana,Sandra,Wendy,Glenda,Yesenia,Ingrid,Karla,Iris,Dilcia,Heidy,María José,Rosa Elena,Marta,Sonia,' +
      'Blanca,Evelyn,Jessica,Yessenia,Lesly,Kimberly,Dania,Nohemí,Reina',
  ),
  male: list(
    'José,Juan Carlos,Edwin,Wilmer,Kevin,Elmer,Selvin,Brayan,Nelson,Óscar,Mario,Walter,Erick,Byron,Santos,' +
      'Marvin,Francisco,Douglas,Henry,Denis,Mynor,Noé,Gerson,Yovani',
  ),
  surnames: list(
    'López,Hernández,Martínez,García,Pérez,Ramírez,Flores,Rivera,Alvarado,Portillo,Mejía,Orellana,Aguilar,Ramos,' +
      'Cruz,Reyes,Morales,Chávez,Escobar,Argueta,Zelaya,Lemus,Castillo,Díaz,Gómez,Méndez,Romero,Velásquez,' +
      'Xicará,Tzoc,Cux,Batz,Ajú,Sical,Chic,Coc,Ixcoy,Pop,Tum,Quiñónez,Sosa,Bonilla,Menjívar,Guardado',
  ),
  particleSurnames: list('de León,de Paz,de la Cruz,del Cid,de Jesús'),
};

export const dominicanNames: NamePool = {
  female: list(
    'María,Yokasta,Yaneris,Altagracia,Mercedes,Yudelka,Rosanna,Ana Mercedes,Miguelina,Yesenia,Kenia,Yahaira,' +
      'Francisca,Leidy,Massiel,Carolina',
  ),
  male: list(
    'José,Rafael,Ramón,Yunior,Wilfredo,Franklin,Starlin,Juan,Luis,Manuel,Pedro,Freddy,Ángel,Julio César,Domingo,' +
      'Héctor,Alexis,Frankely',
  ),
  surnames: list(
    'Rodríguez,Peña,Santana,Jiménez,Batista,Reyes,Mejía,Almonte,Cabrera,Tavárez,Polanco,Ventura,Féliz,Guzmán,' +
      'Martínez,Pérez,García,Díaz,Ramírez,Núñez,Rosario,Encarnación,Paulino,Medina,Castillo,Vásquez,Sánchez,Taveras',
  ),
  particleSurnames: list('de los Santos,de la Rosa,De Jesús,de León,de la Cruz'),
};

export const colombianNames: NamePool = {
  female: list(
    'Paola,Natalia,Luz Marina,Diana,Catalina,Marcela,Lina,Sandra Milena,Carolina,Ángela,Adriana,Liliana,Valentina,' +
      'Daniela,Luz Dary,Yuliana',
  ),
  male: list(
    'Andrés,Juan Pablo,Santiago,Camilo,Julián,Mauricio,Diego,Carlos Andrés,Jhon,Fabián,Óscar,Jorge,Alejandro,' +
      'Sebastián,Jhonatan,Wilson',
  ),
  surnames: list(
    'Rodríguez,Gómez,Restrepo,Ospina,Cardona,Londoño,Giraldo,Castaño,Vargas,Muñoz,Ramírez,Zapata,Jaramillo,' +
      'Valencia,Quintero,Martínez,López,García,Hernández,Sánchez,Moreno,Rojas,Arango,Montoya,Betancur,Henao',
  ),
  particleSurnames: list('de la Hoz,de Ávila,del Castillo'),
};

export const venezuelanNames: NamePool = {
  female: list(
    'Yelitza,Mariangel,Daniela,Andreína,Oriana,Karelys,Beatriz,María Gabriela,Yusmary,Genesis,Rosmary,Milagros,' + 'Luisana,Yoselin',
  ),
  male: list(
    'Luis,José Gregorio,Jesús,Carlos Eduardo,Gustavo,Ronald,Leonardo,Jhonny,Wilmer,Yonathan,Richard,Andrés Eloy,' + 'Édgar,Freddy',
  ),
  surnames: list(
    'González,Rodríguez,Pérez,Hernández,Rojas,Briceño,Contreras,Urdaneta,Chirinos,Villalobos,Mendoza,Colmenares,' +
      'Aponte,Parra,García,Martínez,Díaz,Sánchez,Torres,Ramírez,Suárez,Márquez,Guerrero,Bracho',
  ),
  particleSurnames: list('de Freitas,De Sousa,del Valle'),
};

export const brazilianNames: NamePool = {
  female: list(
    'Ana,Maria,Juliana,Fernanda,Gabriela,Letícia,Márcia,Patrícia,Aline,Camila,Luciana,Priscila,Vanessa,Jéssica,' +
      'Ana Paula,Rosângela,Simone,Tatiane,Débora,Cláudia',
  ),
  male: list(
    'João,José,Antônio,Carlos,Luiz,Thiago,Fábio,Rodrigo,Marcelo,Paulo,Lucas,Rafael,Anderson,Leandro,Márcio,' +
      'João Paulo,Sérgio,Wagner,Edson,Vinícius',
  ),
  surnames: list(
    'Silva,Santos,Oliveira,Souza,Pereira,Costa,Ferreira,Rodrigues,Almeida,Lima,Gomes,Ribeiro,Carvalho,Alves,' +
      'Martins,Araújo,Barbosa,Rocha,Moreira,Nascimento,Mendes,Freitas,Cardoso,Teixeira,Conceição',
  ),
  particleSurnames: list('da Silva,dos Santos,de Souza,de Oliveira,da Costa,dos Reis,de Jesus,da Conceição'),
};

export const haitianNames: NamePool = {
  female: list(
    'Marie,Nadège,Rose-Marie,Fabienne,Guerline,Widlene,Mirlande,Sandra,Darline,Roseline,Marie-Claude,Nathalie,' +
      'Esther,Jeanne,Louise,Myrlande,Wideline,Chantal',
  ),
  male: list(
    'Jean,Wilner,Frantz,Jacques,Wisly,Ricardo,Stanley,Rodney,Emmanuel,Kervens,Jean-Claude,Pierre,Jean-Robert,' +
      'Wilfrid,Evens,Jonas,Lesly,Fritz,Réginald,Ernst',
  ),
  surnames: list(
    'Pierre,Jean-Baptiste,Joseph,Louis,Charles,Jean,Étienne,Augustin,Dorvil,Désir,Saint-Fleur,Saint-Louis,Philippe,' +
      'Célestin,Noël,François,Jean-Louis,Thélusma,Michel,Paul,Alexis,Destin,Jean-Pierre,Toussaint,Fils-Aimé,Dorsainvil',
  ),
};
